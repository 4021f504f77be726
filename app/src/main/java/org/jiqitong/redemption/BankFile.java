package org.jiqitong.redemption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.redemption.internal.Ledger;
import org.jiqitong.shared.Csv;
import org.jiqitong.shared.Money;
import org.springframework.stereotype.Service;

/** The bank file of a payout batch, as CSV and as rows for the XLSX (finance only, through {@link Payouts#lines}). */
@Service
public class BankFile {

    private final Payouts payouts;
    private final Ledger ledger;

    BankFile(Payouts payouts, Ledger ledger) {
        this.payouts = payouts;
        this.ledger = ledger;
    }

    /** The bank file's columns: the key the bank deduplicates on, the account, the amount, and what it is for. */
    public static final List<String> BANK_COLUMNS = List.of("idempotency_key", "account_name", "bank_name", "account_no",
            "amount_yuan", "receipt_no", "entity_name", "item_name", "memo");

    /**
     * The bank file of a batch as CSV: one row per line, with its idempotency key for the bank to deduplicate on.
     * Written for Excel too: a UTF-8 byte-order mark (so Chinese opens as Chinese) and the account number as a text
     * formula ({@code ="6222…"}: 19 digits would otherwise become 6.22E+18 and lose the last ones).
     */
    public void bankFile(long batchId, Writer out, CurrentUser finance) {
        List<List<String>> rows = rows(batchId, finance);
        try {
            out.write('\uFEFF');
            out.write(String.join(",", BANK_COLUMNS) + "\r\n");
            for (List<String> row : rows) {
                List<String> cells = new java.util.ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    String v = row.get(i);
                    cells.add(i == 3 ? "=\"" + v.replace("\"", "") + "\"" : Csv.cell(v));
                }
                out.write(String.join(",", cells) + "\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bank file's rows ({@link #BANK_COLUMNS}), for the CSV and the XLSX; marks the batch exported. */
    public List<List<String>> rows(long batchId, CurrentUser finance) {
        List<List<String>> rows = payouts.lines(batchId, finance).stream().map(l -> List.of(l.idempotencyKey(),
                l.accountName(), l.bankName(), l.accountNo(), Money.yuan(l.amountFen()).replace(",", ""), l.receiptNo(),
                l.entityName() == null ? "" : l.entityName(), l.itemName(), l.memo())).toList();
        ledger.exported(batchId);
        return rows;
    }
}
