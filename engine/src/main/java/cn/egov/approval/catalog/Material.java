package cn.egov.approval.catalog;

/**
 * A material the applicant hands in (element 6).
 *
 * @param name what it is
 * @param form a {@link MaterialForm} name
 * @param copies how many
 * @param required whether the application is incomplete without it
 * @param note anything else the applicant should know
 * @param blankForm the downloadable blank form, set by upload; a request may only keep
 * one this item already has
 */
public record Material(String name, String form, Integer copies, Boolean required, String note,
		BlankFormRef blankForm) {

	Material withBlankForm(BlankFormRef form) {
		return new Material(this.name, this.form, this.copies, this.required, this.note, form);
	}

}
