//! `intake`: loads settings, then serves or runs one administration command.

use clap::Parser;
use intake::cli::{Cli, Command};
use intake::config::Settings;
use intake::startup::Application;

fn main() -> std::process::ExitCode {
    env_logger::Builder::from_env(
        env_logger::Env::default().default_filter_or("info,actix_server=warn"),
    )
    .init();
    let cli = Cli::parse();
    let result = Settings::load()
        .map_err(anyhow::Error::msg)
        .and_then(|settings| match cli.command.unwrap_or(Command::Serve) {
            Command::Serve => serve(settings),
            other => intake::cli::run_admin(&settings, other),
        });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn serve(settings: Settings) -> anyhow::Result<()> {
    for warning in settings.warnings() {
        log::warn!("{warning}");
    }
    actix_web::rt::System::new().block_on(async {
        let app = Application::build(&settings)?;
        log::info!(
            "intake serving on http://{}:{} ({} database)",
            settings.bind.ip(),
            app.port(),
            settings.database.name()
        );
        app.run().await?;
        Ok(())
    })
}
