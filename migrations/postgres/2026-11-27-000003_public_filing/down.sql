DROP TABLE drafts;
DROP TABLE follow_up_links;
