package org.jiqitong.notification;

import java.util.Set;
import org.jiqitong.policy.BenefitType;

/**
 * What an enterprise wants to hear about: nothing when muted; else items of these benefit types and departments
 * (an empty set means all); by e-mail too when it opted in with an address.
 */
public record Preferences(boolean muted, Set<BenefitType> benefitTypes, Set<String> departments, String email,
        boolean emailOptIn) {

    public static final Preferences DEFAULT = new Preferences(false, Set.of(), Set.of(), null, false);

    public Preferences {
        benefitTypes = Set.copyOf(benefitTypes);
        departments = Set.copyOf(departments);
        email = email == null || email.isBlank() ? null : email.strip();
    }

    public boolean wants(BenefitType type, String departmentCode) {
        return !muted && (benefitTypes.isEmpty() || benefitTypes.contains(type))
                && (departments.isEmpty() || departments.contains(departmentCode));
    }
}
