package cn.egov.approval.calendar;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;

/**
 * The application for the calendar's {@code @MybatisTest} slices: the platform's
 * application class lives in the webapp module, which the engine cannot see. Mappers are
 * scanned from the base package so that the organisation's are there too.
 */
@SpringBootConfiguration
@AutoConfigurationPackage(basePackages = "cn.egov.approval")
class CalendarDataTestConfiguration {

}
