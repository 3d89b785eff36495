package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.workflow.internal.domain.OfficeHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The office's hours as configured ({@code warta.office-hours}), Monday to Friday by default. */
@ApplicationScoped
class ConfiguredOfficeHours {

  @Inject
  @ConfigProperty(name = "warta.office-hours", defaultValue = OfficeHours.DEFAULT)
  String hours;

  @Produces
  OfficeHours officeHours() {
    return OfficeHours.parse(hours);
  }
}
