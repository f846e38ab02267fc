package cn.egov.approval.calendar;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;

/**
 * A MyBatis slice on a private in-memory H2 migrated by Flyway, with the platform's
 * MyBatis settings.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MybatisTest(properties = { "mybatis.configuration.map-underscore-to-camel-case=true",
		"mybatis.configuration.arg-name-based-constructor-auto-mapping=true" })
@interface CalendarDataTest {

}
