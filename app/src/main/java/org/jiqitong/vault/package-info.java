/**
 * 数字保险箱: the enterprise's digital safe box — its materials and the e-licences (电子证照) departments issue to it,
 * shared only under its consent (a grant for a purpose, or a one-time window code), every read recorded; and an
 * append-only Merkle log (RFC 9162 hashing, signed C2SP checkpoints) of every issue, revocation, grant and read that
 * anyone can verify without trusting the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vault")
package org.jiqitong.vault;
