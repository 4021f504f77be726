package org.jiqitong.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user and the scope of everything they may see: an ENTERPRISE user its one entity (USCC),
 * a REVIEWER or POLICY_OFFICER its one department. The password hash never leaves the sign-in.
 */
public final class CurrentUser implements UserDetails, org.springframework.security.core.CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final String departmentCode;
    private final String entityUscc;
    private final boolean locked;
    private final boolean enabled;
    private String passwordHash;

    public CurrentUser(long id, String username, String displayName, Role role, String departmentCode,
            String entityUscc, String passwordHash, boolean locked, boolean enabled) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.departmentCode = departmentCode;
        this.entityUscc = entityUscc;
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.enabled = enabled;
    }

    /** The signed-in user of the current request, if any. */
    public static Optional<CurrentUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Optional<String> departmentCode() {
        return Optional.ofNullable(departmentCode);
    }

    /** The entity an ENTERPRISE user acts for. */
    public Optional<String> entityUscc() {
        return Optional.ofNullable(entityUscc);
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** Whether this user may read the registry record of {@code uscc}: its own entity, or any as staff. */
    public boolean maySee(String uscc) {
        return role.staff() || uscc.equals(entityUscc);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    /** Called by Spring Security once the password has been checked. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentUser other && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + ", " + role + "]";
    }
}
