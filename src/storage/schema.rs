//! Table definitions, written by hand with portable types only (TEXT ids, UTC TIMESTAMPs,
//! JSON as TEXT) so one code path serves SQLite and PostgreSQL.

diesel::table! {
    entities (id) {
        id -> Text,
        legal_name -> Text,
        member_state -> Text,
        sector -> Text,
        subsector -> Nullable<Text>,
        entity_type -> Text,
        email -> Text,
        profile -> Text,
        created_at -> Timestamp,
        registration_id -> Nullable<Text>,
        origin -> Text,
    }
}

diesel::table! {
    api_keys (id) {
        id -> Text,
        entity_id -> Text,
        key_hash -> Text,
        label -> Nullable<Text>,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    reference_counters (prefix) {
        prefix -> Text,
        last_value -> BigInt,
    }
}

diesel::table! {
    cases (id) {
        id -> Text,
        reference -> Text,
        regime -> Text,
        entity_id -> Text,
        entity_type -> Text,
        member_state -> Text,
        state -> Text,
        timezone -> Text,
        trust_service_provider -> Bool,
        aware_at -> Timestamp,
        notification_submitted_at -> Nullable<Timestamp>,
        progress_reported -> Bool,
        handled_at -> Nullable<Timestamp>,
        title -> Text,
        incident_status -> Text,
        severity -> Nullable<Text>,
        cross_border_flagged -> Bool,
        next_due_stage -> Nullable<Text>,
        next_due_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        version -> BigInt,
        intermediate_request_id -> Nullable<Text>,
        intermediate_requested_at -> Nullable<Timestamp>,
        intermediate_due_at -> Nullable<Timestamp>,
        closure -> Nullable<Text>,
        waivers -> Text,
        report_kind -> Nullable<Text>,
        voluntary -> Bool,
        language -> Nullable<Text>,
        threads -> Text,
    }
}

diesel::table! {
    submissions (id) {
        id -> Text,
        case_id -> Text,
        seq -> Integer,
        stage -> Text,
        version -> Integer,
        supersedes_id -> Nullable<Text>,
        submitted_at -> Timestamp,
        submitted_by -> Text,
        due_at -> Nullable<Timestamp>,
        late -> Bool,
        review_status -> Text,
        facts -> Text,
        provided -> Text,
        entity_snapshot -> Text,
        incident_status -> Nullable<Text>,
        regime -> Text,
    }
}

diesel::table! {
    idempotency_keys (api_key_id, idem_key) {
        api_key_id -> Text,
        idem_key -> Text,
        request_hash -> Text,
        status -> Integer,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    case_recipients (case_id, authority_code) {
        case_id -> Text,
        authority_code -> Text,
        role -> Text,
        informed -> Bool,
        assignee_id -> Nullable<Text>,
        feedback_at -> Nullable<Timestamp>,
        queue_due_at -> Timestamp,
        case_state -> Text,
        received_at -> Timestamp,
        regime -> Text,
    }
}

diesel::table! {
    staff_users (id) {
        id -> Text,
        authority_code -> Text,
        email -> Text,
        role -> Text,
        password_hash -> Text,
        totp_secret -> Nullable<Text>,
        totp_enabled -> Bool,
        recovery_codes -> Text,
        failed_logins -> Integer,
        locked_until -> Nullable<Timestamp>,
        disabled -> Bool,
        created_at -> Timestamp,
        must_change_password -> Bool,
        language -> Text,
    }
}

diesel::table! {
    staff_sessions (token_hash) {
        token_hash -> Text,
        user_id -> Text,
        second_factor_done -> Bool,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
    }
}

diesel::table! {
    authority_tokens (id) {
        id -> Text,
        authority_code -> Text,
        token_hash -> Text,
        label -> Nullable<Text>,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        expires_at -> Nullable<Timestamp>,
        last_used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    case_events (id) {
        id -> Text,
        case_id -> Text,
        at -> Timestamp,
        authority_code -> Nullable<Text>,
        actor -> Text,
        kind -> Text,
        body -> Text,
        data -> Text,
    }
}

diesel::table! {
    audit_log (seq) {
        seq -> BigInt,
        at -> Timestamp,
        actor -> Text,
        authority_code -> Nullable<Text>,
        action -> Text,
        case_id -> Nullable<Text>,
        detail -> Text,
        prev_hash -> Text,
        hash -> Text,
        chain -> Integer,
    }
}

diesel::table! {
    outbox (id) {
        id -> Text,
        kind -> Text,
        dedupe_key -> Text,
        case_id -> Nullable<Text>,
        submission_id -> Nullable<Text>,
        authority_code -> Nullable<Text>,
        recipients -> Text,
        payload -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        leased_until -> Nullable<Timestamp>,
        lease_owner -> Nullable<Text>,
        sent_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outbox_attempts (id) {
        id -> Text,
        outbox_id -> Text,
        attempted_at -> Timestamp,
        error -> Nullable<Text>,
    }
}

diesel::table! {
    follow_up_links (case_id) {
        case_id -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    drafts (id) {
        id -> Text,
        token_hash -> Nullable<Text>,
        case_id -> Nullable<Text>,
        stage -> Text,
        form -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        address_hash -> Nullable<Text>,
    }
}

diesel::joinable!(api_keys -> entities (entity_id));
diesel::joinable!(cases -> entities (entity_id));
diesel::joinable!(submissions -> cases (case_id));
diesel::joinable!(case_recipients -> cases (case_id));
diesel::joinable!(staff_sessions -> staff_users (user_id));
diesel::joinable!(case_events -> cases (case_id));
diesel::allow_tables_to_appear_in_same_query!(
    case_recipients,
    staff_users,
    staff_sessions,
    case_events,
    entities,
    api_keys,
    cases,
    submissions,
    reference_counters,
    idempotency_keys
);

diesel::table! {
    mail_answers (entity_id, address) {
        entity_id -> Text,
        address -> Text,
        answered_at -> Timestamp,
    }
}

diesel::table! {
    sign_in_failures (email_hash, address) {
        email_hash -> Text,
        address -> Text,
        failures -> Integer,
        locked_until -> Nullable<Timestamp>,
        last_failure_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    staff_totp_steps (user_id) {
        user_id -> Text,
        last_step -> BigInt,
    }
}

diesel::table! {
    share_packages (id) {
        id -> Text,
        case_id -> Text,
        sender_code -> Text,
        fields -> Text,
        content -> Text,
        tlp -> Text,
        note -> Text,
        redact_identity -> Bool,
        created_at -> Timestamp,
        created_by -> Text,
        revoked_at -> Nullable<Timestamp>,
        revoked_by -> Nullable<Text>,
    }
}

diesel::table! {
    share_package_recipients (package_id, authority_code) {
        package_id -> Text,
        authority_code -> Text,
    }
}

diesel::joinable!(share_package_recipients -> share_packages (package_id));
diesel::allow_tables_to_appear_in_same_query!(share_packages, share_package_recipients);
