/** `grapevine-server --help`. */
export const HELP = `Usage: grapevine-server [command] [options]

Commands:
  serve                 Start the server (the default): migrations run first.
  migrate               Apply pending database migrations and exit.
  seed [--demo-data]    Save demo campaigns for every site (--demo-data: 12 weeks of activity).
  doctor                Check the configuration, the database and its migrations, the widget
                        files, SMTP and each site's platform credentials; exit 1 on a failure.
  snippet [siteKey]     Print the HTML that loads the widget from this server, with its
                        integrity hash (every site, or one).
  --help, -h            Show this help.

Configuration comes from the environment (GRAPEVINE_ADMIN_TOKEN, GRAPEVINE_SITES or
GRAPEVINE_SITES_FILE, DATABASE_URL or GRAPEVINE_DATA_DIR, GRAPEVINE_PUBLIC_URL, ...): see
the README of @grapevine/server.
`;
