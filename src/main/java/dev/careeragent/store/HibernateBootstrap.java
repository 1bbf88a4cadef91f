package dev.careeragent.store;

import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/** Builds the Hibernate SessionFactory over the migrated schema; Hibernate only validates it. */
final class HibernateBootstrap {

    private HibernateBootstrap() {
    }

    static SessionFactory sessionFactory(DataSource dataSource, List<Class<?>> entities) {
        Configuration configuration = new Configuration();
        entities.forEach(configuration::addAnnotatedClass);
        configuration.addAnnotatedClass(IsoInstantConverter.class);
        configuration.addAnnotatedClass(IsoLocalDateConverter.class);
        configuration.getProperties().put(AvailableSettings.DATASOURCE, dataSource);
        configuration.setProperty(AvailableSettings.DIALECT, "org.hibernate.community.dialect.SQLiteDialect");
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
        // FTS5 shadow tables crash the default metadata extraction (STACK.md).
        configuration.setProperty("hibernate.hbm2ddl.jdbc_metadata_extraction_strategy", "individually");
        configuration.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "100");
        return configuration.buildSessionFactory();
    }
}
