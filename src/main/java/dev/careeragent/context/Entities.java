package dev.careeragent.context;

import dev.careeragent.jobs.JobPostingEntity;
import dev.careeragent.jobs.SavedSearch;
import dev.careeragent.notify.AlertedPostingEntity;
import dev.careeragent.notify.OutboxMessageEntity;
import dev.careeragent.profile.Profile;
import dev.careeragent.resume.ResumeVersion;
import dev.careeragent.schedule.ScheduleControlEntity;
import dev.careeragent.schedule.ScheduleJobStateEntity;
import dev.careeragent.schedule.ScheduleRunEntity;
import dev.careeragent.schedule.ScheduleSourceStateEntity;
import java.util.List;

/** Every Hibernate entity of the app, handed to the store when the database opens. */
public final class Entities {

    public static final List<Class<?>> ALL = List.of(Profile.class, ResumeVersion.class, JobPostingEntity.class,
            SavedSearch.class,
            ScheduleRunEntity.class, ScheduleJobStateEntity.class, ScheduleSourceStateEntity.class, ScheduleControlEntity.class,
            OutboxMessageEntity.class, AlertedPostingEntity.class);

    private Entities() {
    }
}
