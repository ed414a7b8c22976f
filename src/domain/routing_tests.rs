//! Tests of the routing table: resolution per role, the single point of contact, errors.

use super::*;

fn table() -> RoutingTable {
    RoutingTable::from_toml(include_str!("../../config/authorities.example.toml")).unwrap()
}

fn codes(r: &[Recipient]) -> Vec<String> {
    r.iter().map(|r| r.authority.code.to_string()).collect()
}

#[test]
fn the_most_specific_authority_per_role_receives_the_report() {
    let energy = Classification::parse("energy", None, "gas_tso").unwrap();
    let bank = Classification::parse("banking", None, "credit_institution").unwrap();
    let t = table();
    assert_eq!(
        codes(&t.route(Regime::Nis2, MemberState::LU, &energy, Reach::default())),
        vec!["LU-CSIRT", "LU-ILR-ENERGY"]
    );
    assert_eq!(
        codes(&t.route(Regime::Nis2, MemberState::LU, &bank, Reach::default())),
        vec!["LU-CSIRT"]
    );
    let mut narrow = t.clone();
    narrow.authorities[1].entity_types = vec![EntityType::parse("gas_tso").unwrap()];
    narrow.authorities.push(Authority {
        code: AuthorityCode::parse("LU-GAS").unwrap(),
        entity_types: vec![],
        sectors: vec![Sector::parse("energy").unwrap()],
        subsectors: vec!["gas".into()],
        ..narrow.authorities[1].clone()
    });
    let got = codes(&narrow.route(Regime::Nis2, MemberState::LU, &energy, Reach::default()));
    assert_eq!(
        got,
        vec!["LU-CSIRT", "LU-ILR-ENERGY"],
        "entity type beats subsector"
    );
}

/// Art. 23(1) 3rd subpara., 23(6), §5: the SPOC for cross-border (named states or not)
/// and cross-sectoral cases; never the authorities of the member states named.
#[test]
fn cross_border_cases_reach_the_spoc_but_not_other_member_states() {
    let bank = Classification::parse("banking", None, "credit_institution").unwrap();
    let (lu, de, fr) = (MemberState::LU, MemberState::DE, MemberState::FR);
    let t = table();
    let named = Reach::of(lu, false, &[de, lu, fr], &[]);
    assert_eq!(
        codes(&t.route(Regime::Nis2, lu, &bank, named)),
        vec!["LU-CSIRT", "LU-SPOC"]
    );
    let unnamed = Reach::of(lu, true, &[], &[]);
    assert_eq!(
        codes(&t.route(Regime::Nis2, lu, &bank, unnamed)),
        vec!["LU-CSIRT", "LU-SPOC"]
    );
    let own_only = Reach::of(lu, false, &[lu], &[]);
    assert_eq!(
        codes(&t.route(Regime::Nis2, lu, &bank, own_only)),
        vec!["LU-CSIRT"]
    );
    let sectors = [
        Sector::parse("banking").unwrap(),
        Sector::parse("energy").unwrap(),
    ];
    let cross_sectoral = Reach::of(lu, false, &[], &sectors);
    assert!(cross_sectoral.cross_sectoral && !cross_sectoral.cross_border);
    assert_eq!(
        codes(&t.route(Regime::Nis2, lu, &bank, cross_sectoral)),
        vec!["LU-CSIRT", "LU-SPOC"]
    );
    assert!(!Reach::of(lu, false, &[], &sectors[..1]).cross_sectoral);
}

#[test]
fn an_unmatched_combination_routes_to_nobody() {
    let bank = Classification::parse("banking", None, "credit_institution").unwrap();
    assert!(table()
        .route(Regime::Nis2, MemberState::MT, &bank, Reach::default())
        .is_empty());
    assert!(table()
        .route(Regime::Dora, MemberState::MT, &bank, Reach::default())
        .is_empty());
    let energy = Classification::parse("energy", None, "gas_tso").unwrap();
    assert!(
        table()
            .route(Regime::Dora, MemberState::PL, &energy, Reach::default())
            .is_empty(),
        "no DORA authority of that member state"
    );
}

#[test]
fn bad_tables_are_refused_with_the_place_of_the_error() {
    let e = RoutingTable::from_toml("[[authority]]\ncode='X'\nname='x'\nrole='csirt'\nmember_states=['LU']\nemails=['a@b.example']\ntimezone='Mars/Olympus'").unwrap_err();
    assert!(e.contains("authority X") && e.contains("time zone"), "{e}");
    assert!(RoutingTable::from_toml("[[authority]]\ncode='X'\nname='x'\nrole='boss'\nmember_states=['LU']\nemails=['a@b.example']\ntimezone='UTC'").is_err());
}

/// Issue 13 §6: every example member state routes each regime to its own role.
#[test]
fn the_example_table_routes_every_regime_of_each_example_member_state() {
    let bank = Classification::parse("banking", None, "credit_institution").unwrap();
    let t = table();
    let expected = [
        (Regime::Dora, Role::DoraAuthority),
        (Regime::Gdpr, Role::Dpa),
        (Regime::CraVulnerability, Role::CraCoordinatorCsirt),
        (Regime::CraIncident, Role::CraCoordinatorCsirt),
    ];
    for ms in [
        MemberState::LU,
        MemberState::DE,
        MemberState::BE,
        MemberState::FR,
    ] {
        for (regime, role) in expected {
            let got = t.route(regime, ms, &bank, Reach::default());
            assert_eq!(got.len(), 1, "{ms:?} {regime:?}: {:?}", codes(&got));
            assert_eq!(got[0].authority.role, role, "{ms:?} {regime:?}");
            assert!(got[0].authority.member_states.contains(&ms));
        }
        assert!(!t.bank_holidays(ms).is_empty(), "{ms:?} has bank holidays");
    }
    assert_eq!(
        codes(&t.route(Regime::Dora, MemberState::LU, &bank, Reach::default())),
        vec!["LU-CSSF"]
    );
}

/// RTS 2025/301 Art. 5(2): national bank holidays 2026-2028, spot-checked.
#[test]
fn the_example_table_knows_the_national_bank_holidays() {
    let t = table();
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let has = |ms: MemberState, d: &str| t.bank_holidays(ms).contains(&day(d));
    let all = [
        MemberState::LU,
        MemberState::DE,
        MemberState::BE,
        MemberState::FR,
    ];
    assert!(has(MemberState::LU, "2027-06-23"), "LU National Day");
    assert!(has(MemberState::LU, "2026-05-09"), "LU Europe Day");
    assert!(has(MemberState::DE, "2026-10-03"), "German Unity Day");
    assert!(has(MemberState::DE, "2027-03-26"), "DE Good Friday");
    assert!(has(MemberState::FR, "2028-07-14"), "Bastille Day");
    assert!(has(MemberState::FR, "2026-05-08"), "FR 8 May");
    assert!(has(MemberState::BE, "2026-07-21"), "BE National Day");
    assert!(has(MemberState::BE, "2027-11-11"), "BE Armistice");
    for ms in all {
        for d in ["2026-04-06", "2027-03-29", "2028-04-17"] {
            assert!(has(ms, d), "{ms:?} Easter Monday {d}");
        }
        for d in ["2026-05-14", "2027-05-06", "2028-05-25"] {
            assert!(has(ms, d), "{ms:?} Ascension {d}");
        }
        for d in ["2026-05-25", "2027-05-17", "2028-06-05"] {
            assert!(has(ms, d), "{ms:?} Whit Monday {d}");
        }
        for y in 2026..=2028 {
            assert!(has(ms, &format!("{y}-01-01")) && has(ms, &format!("{y}-12-25")));
        }
        // Easter Sunday is no bank holiday of its own (a Sunday anyway).
        assert!(!has(ms, "2026-04-05"));
    }
    // Regional holidays are not national ones.
    assert!(
        !has(MemberState::DE, "2026-01-06"),
        "Epiphany is regional in DE"
    );
    assert!(
        !has(MemberState::DE, "2026-11-01"),
        "All Saints is regional in DE"
    );
    assert!(
        !has(MemberState::FR, "2026-12-26"),
        "26 Dec only in Alsace-Moselle"
    );
    assert!(
        !has(MemberState::FR, "2026-04-03"),
        "Good Friday only in Alsace-Moselle"
    );
    assert_eq!(t.bank_holidays(MemberState::LU).len(), 33);
    assert_eq!(t.bank_holidays(MemberState::DE).len(), 27);
    assert_eq!(t.bank_holidays(MemberState::BE).len(), 30);
    assert_eq!(t.bank_holidays(MemberState::FR).len(), 33);
    assert!(t.bank_holidays(MemberState::NL).is_empty());
}
