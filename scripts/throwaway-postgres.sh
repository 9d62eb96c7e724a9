# A throwaway PostgreSQL for the test and benchmark scripts; source it, do not run it.
#
#   source scripts/throwaway-postgres.sh
#   trap throwaway_postgres_stop EXIT
#   throwaway_postgres_start      # installs PostgreSQL with apt-get when missing
#   ... "$THROWAWAY_POSTGRES" is the connection string (Host=127.0.0.1;Port=…;Username=postgres;Database=postgres)
#
# The server has its own data folder under /tmp and a free port on 127.0.0.1, trust authentication, and no
# durability (fsync off): it only lives as long as the calling script. As root it runs as the postgres user.
# Also defines as_root and need_package (apt-get install a package when a file it provides is missing).

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=
need_package() { # $1 = package, $2 = a file it provides
  if [ ! -e "$2" ]; then
    if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
    echo "$(basename "$0"): installing $1"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  fi
}

THROWAWAY_POSTGRES=
THROWAWAY_POSTGRES_DIR=
THROWAWAY_POSTGRES_PORT=
THROWAWAY_POSTGRES_VERSION=
_throwaway_pg_bin=

_throwaway_run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

throwaway_postgres_start() {
  _throwaway_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$_throwaway_pg_bin" ] || [ ! -x "$_throwaway_pg_bin/initdb" ]; then
    need_package postgresql /nonexistent
    _throwaway_pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  THROWAWAY_POSTGRES_DIR=$(mktemp -d /tmp/sikerja-pg.XXXXXX)
  THROWAWAY_POSTGRES_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$THROWAWAY_POSTGRES_DIR"; fi
  _throwaway_run_pg "$_throwaway_pg_bin/initdb" -D "$THROWAWAY_POSTGRES_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  _throwaway_run_pg "$_throwaway_pg_bin/pg_ctl" -D "$THROWAWAY_POSTGRES_DIR/data" -l "$THROWAWAY_POSTGRES_DIR/log" -w \
    -o "-p $THROWAWAY_POSTGRES_PORT -k $THROWAWAY_POSTGRES_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
  THROWAWAY_POSTGRES="Host=127.0.0.1;Port=$THROWAWAY_POSTGRES_PORT;Username=postgres;Database=postgres"
  THROWAWAY_POSTGRES_VERSION=$("$_throwaway_pg_bin/postgres" --version | awk '{print $3}')
}

# Safe to call when the start failed half-way or never ran (as an EXIT trap).
throwaway_postgres_stop() {
  if [ -n "$THROWAWAY_POSTGRES_DIR" ]; then
    _throwaway_run_pg "$_throwaway_pg_bin/pg_ctl" -D "$THROWAWAY_POSTGRES_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$THROWAWAY_POSTGRES_DIR"
    THROWAWAY_POSTGRES_DIR=
  fi
}
