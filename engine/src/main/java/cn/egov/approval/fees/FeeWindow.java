package cn.egov.approval.fees;

/**
 * A window of the government service centre that takes money and holds receipt books.
 *
 * @param code the window's code, e.g. ZWFW-01
 * @param name its name, e.g. 集中收费窗口
 * @param departmentCode the department whose clerks take fees here, or null for the
 * central window
 * @param central whether it is the central cashier window (集中收费), where anyone without a
 * window of their own takes fees
 */
public record FeeWindow(String code, String name, String departmentCode, boolean central) {
}
