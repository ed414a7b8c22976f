//! NIS2 Art. 23(9), spec §6: the quarterly ENISA summary is one per member state, produced by
//! its single point of contact (others are refused), counts each case of that member state's
//! jurisdiction once (never copies received for information), includes the Art. 30 kinds,
//! and suppresses small cells with secondary suppression.
