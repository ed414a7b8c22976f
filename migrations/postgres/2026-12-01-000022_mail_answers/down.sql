DROP TABLE mail_answers;
