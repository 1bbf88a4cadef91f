package dev.careeragent.schedule.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row holding "pause all", so a pause survives a restart. */
@Entity
@Table(name = "schedule_control")
public class ScheduleControlEntity {

    static final long ID = 1;

    @Id @Column(columnDefinition = "integer") private Long id;
    @Column(name = "all_paused", columnDefinition = "integer", nullable = false) private boolean allPaused;

    protected ScheduleControlEntity() {
    }

    public boolean isAllPaused() { return allPaused; }
    public void setAllPaused(boolean value) { allPaused = value; }
}
