package dev.careeragent.context;

import dev.careeragent.jobs.store.JobPostingEntity;
import dev.careeragent.jobs.store.SavedSearch;
import dev.careeragent.notify.store.AlertedPostingEntity;
import dev.careeragent.notify.store.OutboxMessageEntity;
import dev.careeragent.profile.store.Profile;
import dev.careeragent.resume.store.ResumeVersion;
import dev.careeragent.schedule.store.ScheduleControlEntity;
import dev.careeragent.schedule.store.ScheduleJobStateEntity;
import dev.careeragent.schedule.store.ScheduleRunEntity;
import dev.careeragent.schedule.store.ScheduleSourceStateEntity;
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
