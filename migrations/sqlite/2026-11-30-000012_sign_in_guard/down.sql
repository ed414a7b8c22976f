DROP TABLE staff_totp_steps;
DROP TABLE sign_in_failures;
