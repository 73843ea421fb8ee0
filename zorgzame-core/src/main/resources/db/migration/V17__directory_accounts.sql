-- Accounts kept in step with the municipality's directory (LDAP / Active Directory) at each login.
-- NULL: an account of the built-in store; 'LDAP': a shadow of a directory user, who can only log in
-- through the directory (its password hash is of a random password nobody knows).

ALTER TABLE app_user ADD COLUMN identity_source VARCHAR(10);
