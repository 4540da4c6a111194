package dev.gradus.activities.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.flyway.FlywayDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;

/**
 * Picks the workers' shared database when the worker starts. Quarkus fixes a datasource's kind when
 * the application is built, so both are built in and the configuration picks one: the default
 * datasource (PostgreSQL) when its URL is set, otherwise the {@value #LOCAL} one, an H2 file that
 * the workers of one machine share.
 */
@ApplicationScoped
class SharedDatabaseProducer {

  /** The name of the H2 datasource. */
  static final String LOCAL = "local";

  @Produces
  @Singleton
  SharedDatabase sharedDatabase(
      @Any InjectableInstance<AgroalDataSource> dataSources,
      @Any InjectableInstance<Flyway> flyways) {
    InjectableInstance<AgroalDataSource> shared = dataSources.select(Default.Literal.INSTANCE);
    if (!shared.listActive().isEmpty()) {
      return new SharedDatabase(
          "PostgreSQL (the default datasource)",
          shared.getActive(),
          flyways.select(Default.Literal.INSTANCE).get());
    }
    return new SharedDatabase(
        "H2 (datasource " + LOCAL + ")",
        dataSources.select(new DataSource.DataSourceLiteral(LOCAL)).get(),
        flyways.select(FlywayDataSource.FlywayDataSourceLiteral.of(LOCAL)).get());
  }
}
