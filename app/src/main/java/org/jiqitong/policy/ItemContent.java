package org.jiqitong.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * What an officer writes for one version of an item. {@code conditions} is the condition tree in JSON,
 * {@code formula} a CEL expression in fen with {@code capFen} (both null for an item without an amount),
 * {@code fixtures} the item's test cases in JSON. A null window means rolling; {@code noApplication} is
 * the 免申即享 flag (null: not stated, allowed only for documents issued before 2022).
 */
public record ItemContent(String name, BenefitType benefitType, String content, String beneficiaries,
        String conditions, String formula, Long capFen, boolean amountIllustrative, String fixtures,
        List<String> materials, List<String> procedureSteps, LocalDate windowFrom, LocalDate windowTo,
        Integer payoutDays, String contactPerson, String contactPhone, String contactAddress, Boolean noApplication,
        String exclusionGroup, Long yearlyCapFen, Long budgetFen) {

    public ItemContent {
        materials = materials == null ? List.of() : List.copyOf(materials);
        procedureSteps = procedureSteps == null ? List.of() : List.copyOf(procedureSteps);
    }

    /** The same content with other test cases. */
    public ItemContent withFixtures(String newFixtures) {
        return new ItemContent(name, benefitType, content, beneficiaries, conditions, formula, capFen,
                amountIllustrative, newFixtures, materials, procedureSteps, windowFrom, windowTo, payoutDays, contactPerson,
                contactPhone, contactAddress, noApplication, exclusionGroup, yearlyCapFen, budgetFen);
    }

    /** The same content with another condition tree. */
    public ItemContent withConditions(String newConditions) {
        return new ItemContent(name, benefitType, content, beneficiaries, newConditions, formula, capFen,
                amountIllustrative, fixtures, materials, procedureSteps, windowFrom, windowTo, payoutDays, contactPerson,
                contactPhone, contactAddress, noApplication, exclusionGroup, yearlyCapFen, budgetFen);
    }
}
