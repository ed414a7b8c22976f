//! NIS2 Art. 26 and the §2.2 profile checks.

use super::*;

fn t(code: &str) -> EntityType {
    EntityType::parse(code).unwrap()
}

#[test]
fn lei_check_digits_follow_iso_7064_mod_97_10() {
    assert_eq!(
        parse_lei("HWUPKR0MPOU8FGXBT394").as_deref(),
        Ok("HWUPKR0MPOU8FGXBT394")
    );
    assert!(
        parse_lei("529900t8bm49aursdo55").is_ok(),
        "case-insensitive input"
    );
    let typo = parse_lei("HWUPKR0MPOU8FGXBT395").unwrap_err();
    assert!(typo.english().contains("check digits"), "{typo}");
    assert!(parse_lei("HWUPKR0MPOU8FGXBT3").is_err(), "too short");
    assert!(
        parse_lei("HWUPKR0MPOU8FGXBT3AB").is_err(),
        "letters as check digits"
    );
    assert!(parse_lei("HWUPKR0MPOU8FGXBT39\u{0}").is_err());
}

#[test]
fn main_establishment_decides_for_art_26_1_b_types() {
    let d = EntityDetails {
        ms_main_establishment: Some(MemberState::LU),
        ..Default::default()
    };
    assert_eq!(
        d.jurisdiction(MemberState::DE, t("cloud_computing_provider")),
        vec![MemberState::LU]
    );
    // Not an Art. 26(1)(b) type: the member state of establishment.
    assert_eq!(
        d.jurisdiction(MemberState::DE, t("electricity_supplier")),
        vec![MemberState::DE]
    );
}

#[test]
fn public_ecomms_belong_to_every_member_state_served() {
    let d = EntityDetails {
        ms_services_provided: vec![MemberState::LU, MemberState::DE, MemberState::FR],
        ..Default::default()
    };
    assert_eq!(
        d.jurisdiction(MemberState::LU, t("public_ecs_provider")),
        vec![MemberState::LU, MemberState::DE, MemberState::FR]
    );
    assert_eq!(
        d.jurisdiction(MemberState::FR, t("public_ecs_provider"))[0],
        MemberState::FR,
        "the member state of establishment comes first when it is served"
    );
}

#[test]
fn outside_the_eu_the_representative_decides() {
    let d = EntityDetails {
        non_eu: true,
        eu_representative: Some(Representative {
            name: "Rep SARL".into(),
            ms: MemberState::FR,
            email: "rep@rep.example".into(),
            phone: "+33123456789".into(),
        }),
        ..Default::default()
    };
    assert_eq!(
        d.jurisdiction(MemberState::FR, t("online_marketplace")),
        vec![MemberState::FR]
    );
}

#[test]
fn missing_and_bad_parts_are_named() {
    let mut c = Checker::new("entity");
    let i = DetailsInput {
        lei: Some("HWUPKR0MPOU8FGXBT395".into()),
        technical_contact_role: Some("SOC lead".into()),
        ms_services_provided: Some("LU, XX".into()),
        annual_turnover_prev_fy_eur: Some("-5".into()),
        ..Default::default()
    };
    EntityDetails::parse(&mut c, &i, Some(t("cloud_computing_provider")), true);
    for f in [
        "entity.lei",
        "entity.technical_contact_name",
        "entity.technical_contact_email",
        "entity.ms_services_provided",
        "entity.annual_turnover_prev_fy_eur",
        "entity.eu_representative_name",
        "entity.eu_representative_ms",
    ] {
        assert!(c.errors.has(f), "{f} missing in {:?}", c.errors);
    }
    assert!(
        !c.errors.has("entity.ms_main_establishment"),
        "non-EU: the representative decides"
    );
    let mut c = Checker::new("entity");
    EntityDetails::parse(
        &mut c,
        &DetailsInput::default(),
        Some(t("cdn_provider")),
        false,
    );
    assert!(c.errors.has("entity.ms_main_establishment"));
    let mut c = Checker::new("entity");
    EntityDetails::parse(
        &mut c,
        &DetailsInput::default(),
        Some(t("public_ecn_provider")),
        false,
    );
    assert!(c.errors.has("entity.ms_services_provided"));
}
