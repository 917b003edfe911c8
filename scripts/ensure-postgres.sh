#!/usr/bin/env bash
# Installs (if missing) and starts Debian's PostgreSQL on loopback for the store tests, with a
# role and database the tests use: postgres://clearsky:clearsky@127.0.0.1:5432/clearsky_test
# Idempotent; needs root (CI runs as root). Prints one line saying what it did.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
fi
ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$ver main"; then pg_createcluster "$ver" main >/dev/null; fi
pg_ctlcluster "$ver" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  if su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done
su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname='clearsky'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"create role clearsky login createdb password 'clearsky'\"" >/dev/null
# The tests create a throwaway database per run, so concurrent runs never share locks.
su postgres -c "psql -qc 'alter role clearsky createdb'" >/dev/null
su postgres -c "psql -qtAc \"select 1 from pg_database where datname='clearsky_test'\"" | grep -q 1 ||
  su postgres -c "psql -qc 'create database clearsky_test owner clearsky'" >/dev/null
echo "postgresql $ver running on 127.0.0.1:5432 (database clearsky_test)"
