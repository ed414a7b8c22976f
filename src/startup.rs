//! Builds the whole application from [`Settings`]; `main` and the tests share it.

use crate::config::Settings;
use crate::storage::Db;
use crate::web::{self, AppState};
use actix_web::dev::Server;
use actix_web::{middleware, App, HttpServer};
use std::net::TcpListener;
use std::time::Duration;

pub struct Application {
    port: u16,
    server: Server,
}

impl Application {
    /// Migrates the database and binds the listener (port 0 picks a free port).
    pub fn build(settings: &Settings) -> anyhow::Result<Self> {
        let db = Db::open(settings.database.clone()).map_err(anyhow::Error::msg)?;
        let listener = TcpListener::bind(settings.bind)
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", settings.bind))?;
        let port = listener.local_addr()?.port();
        let state = actix_web::web::Data::new(AppState {
            db,
            base_url: settings.base_url.clone(),
            api_keys: Default::default(),
        });
        let server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .wrap(web::security_headers())
                .wrap(middleware::Logger::new("%r %s %Dms").exclude("/healthz"))
                .configure(web::routes)
        })
        .workers(settings.workers)
        .client_request_timeout(Duration::from_secs(10))
        .client_disconnect_timeout(Duration::from_secs(2))
        .keep_alive(Duration::from_secs(30))
        .listen(listener)?
        .run();
        Ok(Self { port, server })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until the process is stopped.
    pub async fn run(self) -> std::io::Result<()> {
        self.server.await
    }
}
