package org.jiqitong.redemption;

/** The account a payout goes to, as the enterprise confirms it — checked the same way for both channels. */
record BankAccount(String accountName, String bankName, String accountNo) {

    /**
     * Checks what the enterprise typed: name and bank given, an account number of 8–32 digits (spaces ignored), and
     * the account name equal to the registered name.
     */
    static BankAccount checked(String accountName, String bankName, String accountNo, String registeredName) {
        if (accountName == null || accountName.isBlank() || bankName == null || bankName.isBlank()) {
            throw new RedemptionRefusedException("请填写账户名称和开户银行");
        }
        String digits = accountNo == null ? "" : accountNo.replaceAll("\\s", "");
        if (!digits.matches("[0-9]{8,32}")) {
            throw new RedemptionRefusedException("银行账号应为8至32位数字");
        }
        if (!accountName.strip().equals(registeredName)) {
            throw new RedemptionRefusedException("收款账户名称须与登记名称一致:" + registeredName);
        }
        return new BankAccount(accountName.strip(), bankName.strip(), digits);
    }
}
