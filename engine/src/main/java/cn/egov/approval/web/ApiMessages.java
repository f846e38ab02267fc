package cn.egov.approval.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves message keys in the caller's language; an unknown key is shown as itself
 * rather than failing.
 */
@Component
public class ApiMessages {

	private final MessageSource messageSource;

	public ApiMessages(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	public String get(String key, Object... arguments) {
		return get(LocaleContextHolder.getLocale(), key, arguments);
	}

	public String get(Locale locale, String key, Object... arguments) {
		return this.messageSource.getMessage(key, arguments, key, locale);
	}

}
