//! Builds the whole application from [`Settings`]; `main` and the tests share it.

use crate::config::Settings;
use crate::domain::clock::{SharedClock, SystemClock};
use crate::notify::mailer::Mailer;
use crate::notify::worker::Notifier;
use crate::storage::Db;
use crate::web::head_deadline::TimedStream;
use crate::web::{self, AppState};
use actix_http::error::DispatchError;
use actix_http::{HttpService, KeepAlive, Protocol};
use actix_service::{
    fn_service, map_config, IntoServiceFactory, ServiceFactory, ServiceFactoryExt,
};
use actix_web::body::MessageBody;
use actix_web::dev::{AppConfig, Extensions, Server, ServiceRequest, ServiceResponse};
use actix_web::rt::net::TcpStream;
use actix_web::{middleware, App};
use std::io;
use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

pub struct Application {
    port: u16,
    server: Server,
    notifier: Notifier,
    janitor: web::housekeeping::Janitor,
}

impl Application {
    /// Migrates the database and binds the listener (port 0 picks a free port).
    pub fn build(settings: &Settings) -> anyhow::Result<Self> {
        Self::build_with_clock(settings, Arc::new(SystemClock))
    }

    /// [`Application::build`] with the time read from `clock` (tests set it).
    pub fn build_with_clock(settings: &Settings, clock: SharedClock) -> anyhow::Result<Self> {
        let db = Db::open(settings.database.clone()).map_err(anyhow::Error::msg)?;
        let notifier = notifier(settings, db.clone(), clock.clone())?;
        seal_totp_seeds(settings, &notifier.secret)?;
        let listener = TcpListener::bind(settings.bind)
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", settings.bind))?;
        let port = listener.local_addr()?.port();
        let state = actix_web::web::Data::new(AppState {
            db: crate::app::Store(db),
            clock,
            base_url: settings.base_url.clone(),
            routing: notifier.routing.clone(),
            wake: notifier.wake.clone(),
            secret: notifier.secret.clone(),
            audit_key: notifier.audit.key.clone(),
            form_limit: web::rate_limit::RateLimiter::new(settings.form_rate_limit),
            login_limit: web::rate_limit::RateLimiter::new(settings.form_rate_limit.min(20)),
            password_gate: web::password_gate::PasswordGate::new(settings.sign_in_concurrency),
            queue_counts: Default::default(),
            parsed_entities: Default::default(),
            trusted_proxies: settings.trusted_proxies.clone(),
            security_contact: settings.security_contact.clone(),
            drafts: settings.drafts,
            slow_clients: Arc::new(web::slow_clients::SlowClients::new(
                Duration::from_secs(settings.slow_clients.body_timeout_seconds),
                settings.slow_clients.requests_per_address,
            )),
            api_limit: (settings.api_rate_limit > 0)
                .then(|| web::rate_limit::RateLimiter::new(settings.api_rate_limit)),
        });
        let janitor = web::housekeeping::Janitor::new(state.clone());
        let tls = settings.base_url.starts_with("https://");
        let app = move || {
            App::new()
                .app_data(state.clone())
                .wrap(actix_web::middleware::from_fn(web::slow_clients::guard))
                .wrap(actix_web::middleware::from_fn(web::error::localize))
                .wrap(web::security_headers(tls))
                .wrap(
                    middleware::Logger::new("%{client}xi %{request}xo %s %Dms")
                        .custom_request_replace("client", |r| {
                            web::client_address::of(r.request()).to_string()
                        })
                        .custom_response_replace("request", web::access_log::request_line)
                        .exclude("/healthz"),
                )
                .wrap(actix_web::middleware::from_fn(web::head_deadline::track))
                .configure(web::routes)
        };
        let head = Duration::from_secs(settings.slow_clients.header_timeout_seconds);
        let server = serve(listener, settings.workers, head, app)?;
        if settings.deliver {
            actix_web::rt::spawn(notifier.clone().run());
        }
        actix_web::rt::spawn(janitor.clone().run_every(settings.cleanup_minutes));
        Ok(Self {
            port,
            server,
            notifier,
            janitor,
        })
    }

    /// The delivery worker running inside this application.
    pub fn notifier(&self) -> Notifier {
        self.notifier.clone()
    }

    /// The cleanup job of this application, to run on demand (tests, operators).
    pub fn janitor(&self) -> web::housekeeping::Janitor {
        self.janitor.clone()
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until the process is stopped.
    pub async fn run(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// Serves `app` on `listener` over HTTP/1.1 with keep-alive, every request head of a
/// connection bounded by `head` (`INTAKE_HEADER_TIMEOUT_SECONDS`): actix's own timeout for the
/// first, [`web::head_deadline`] for the ones after it. What `HttpServer::listen` does, with
/// the socket wrapped.
fn serve<F, T, B>(
    listener: TcpListener,
    workers: usize,
    head: Duration,
    app: F,
) -> io::Result<Server>
where
    F: Fn() -> App<T> + Send + Clone + 'static,
    T: ServiceFactory<
            ServiceRequest,
            Config = (),
            Response = ServiceResponse<B>,
            Error = actix_web::Error,
            InitError = (),
        > + 'static,
    B: MessageBody + 'static,
{
    let builder = Server::build().workers(workers);
    let shutdown = builder.graceful_shutdown_signal();
    let server = builder.listen("intake", listener, move || {
        let shutdown = shutdown.clone();
        let http = HttpService::build()
            .keep_alive(KeepAlive::Timeout(Duration::from_secs(5)))
            .client_request_timeout(head)
            .client_disconnect_timeout(Duration::from_secs(2))
            .graceful_shutdown_signal(move || {
                let shutdown = shutdown.clone();
                async move { shutdown.notified().await }
            })
            .on_connect_ext(|io: &TimedStream<TcpStream>, data: &mut Extensions| {
                data.insert(io.deadline());
            })
            .finish(map_config(
                app().into_factory().map_err(|e| e.error_response()),
                |_| AppConfig::default(),
            ));
        fn_service(move |io: TcpStream| async move {
            let peer = io.peer_addr().ok();
            let _ = io.set_nodelay(true);
            Ok::<_, DispatchError>((TimedStream::new(io, head), Protocol::Http1, peer))
        })
        .and_then(http)
    })?;
    Ok(server.run())
}

/// The delivery worker for `settings`, also used by `intake outbox deliver`.
pub fn notifier(settings: &Settings, db: Db, clock: SharedClock) -> anyhow::Result<Notifier> {
    Ok(Notifier {
        db,
        clock,
        mailer: Arc::new(
            Mailer::new(settings.smtp_url.as_deref(), settings.mail_dir())
                .map_err(anyhow::Error::msg)?,
        ),
        from: settings.mail_from().map_err(anyhow::Error::msg)?,
        routing: Arc::new(settings.routing().map_err(anyhow::Error::msg)?),
        base_url: settings.base_url.clone(),
        owner: uuid::Uuid::new_v4().to_string(),
        wake: Arc::new(tokio::sync::Notify::new()),
        retry_base: chrono::Duration::seconds(settings.mail_retry_seconds.max(1) as i64),
        secret: settings.secret_key().map_err(anyhow::Error::msg)?,
        audit: crate::notify::checkpoint::AuditCheckpoints {
            key: settings.audit_key().map_err(anyhow::Error::msg)?,
            file: settings.audit_checkpoints(),
            every: chrono::Duration::minutes(settings.audit.checkpoint_minutes.into()),
        },
    })
}

/// Seals the TOTP seeds stored in clear before sealing existed (issue 12: secrets at rest).
fn seal_totp_seeds(settings: &Settings, key: &crate::secrets::SecretKey) -> anyhow::Result<()> {
    let mut c = settings.database.connect().map_err(anyhow::Error::msg)?;
    let n = crate::app::housekeeping::seal_totp_seeds(&mut c, key)
        .map_err(|e| anyhow::anyhow!("sealing TOTP seeds: {e}"))?;
    if n > 0 {
        log::info!("sealed {n} TOTP seed(s) stored in clear");
    }
    Ok(())
}
