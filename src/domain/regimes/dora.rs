//! DORA's scope (Regulation (EU) 2022/2554 Art. 2(1)) as far as the entity register knows
//! it, and the entities that do not get the weekend relief of Delegated Regulation 2025/301 Art. 5(4).

use crate::domain::codes::EntityCategory;
use crate::domain::names::EntityType;

/// Entity types that are DORA financial entities (Art. 2(1)): they report major ICT-related
/// incidents under DORA Art. 19 instead of NIS2 Art. 23 (NIS2 Art. 4, lex specialis).
pub const IN_SCOPE: &[&str] = &[
    "credit_institution",
    "trading_venue_operator",
    "central_counterparty",
    "payment_institution",
    "electronic_money_institution",
    "investment_firm",
    "crypto_asset_service_provider",
    "central_securities_depository",
    "insurance_undertaking",
    "reinsurance_undertaking",
];

/// Entities whose initial notifications and intermediate reports get no weekend relief
/// (Delegated Regulation 2025/301 Art. 5(5)): credit institutions, central counterparties and
/// operators of trading venues — and any financial entity that is an essential or important
/// entity under NIS2 Art. 3 ([`weekend_relief`]).
pub const NO_WEEKEND_RELIEF: &[&str] = &[
    "credit_institution",
    "central_counterparty",
    "trading_venue_operator",
];

pub fn in_scope(entity_type: EntityType) -> bool {
    IN_SCOPE.contains(&entity_type.as_str())
}

/// Whether an initial notification or intermediate report due on a weekend or bank holiday
/// may be filed by noon of the next working day (2025/301 Art. 5(4)–(5)). The final report
/// always may ([`crate::domain::regimes::clocks`]).
pub fn weekend_relief(entity_type: EntityType, category: EntityCategory) -> bool {
    !NO_WEEKEND_RELIEF.contains(&entity_type.as_str())
        && !matches!(
            category,
            EntityCategory::Essential | EntityCategory::Important
        )
}
