-- Asymmetric keys keep their public key (DER SubjectPublicKeyInfo) next to the sealed private key:
-- it is not secret, and Verify, Encrypt and GetPublicKey need it without opening the material.
alter table key_material add column public_key bytea;
