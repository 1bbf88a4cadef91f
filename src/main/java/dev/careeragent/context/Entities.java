package dev.careeragent.context;

import dev.careeragent.jobs.JobPostingEntity;
import dev.careeragent.jobs.SavedSearch;
import dev.careeragent.profile.Profile;
import dev.careeragent.resume.ResumeVersion;
import dev.careeragent.tracker.Application;
import dev.careeragent.tracker.ApplicationStatusChange;
import java.util.List;

/** Every Hibernate entity of the app, handed to the store when the database opens. */
public final class Entities {

    public static final List<Class<?>> ALL = List.of(Profile.class, ResumeVersion.class, JobPostingEntity.class,
            SavedSearch.class, Application.class, ApplicationStatusChange.class);

    private Entities() {
    }
}
