/**
 * What Camadas assumes about a base image's own ENV (UndefinedVar). BuildKit reads the real image
 * configuration from the registry; a static linter cannot, so:
 * - every image (even `scratch`) is assumed to set `PATH`, as BuildKit does for images without one;
 * - a few popular official images are known to set more (`GOPATH` in `golang`, `JAVA_HOME` in
 *   `eclipse-temurin`…), listed below from their published Dockerfiles;
 * - any other variable is assumed NOT to come from the base image.
 */
import type { StageModel } from '../../parse';

const LANG = ['LANG'];
const JAVA = ['JAVA_HOME', 'JAVA_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL'];

const OFFICIAL_IMAGE_ENV: Record<string, readonly string[]> = {
  golang: ['GOLANG_VERSION', 'GOPATH', 'GOTOOLCHAIN'],
  node: ['NODE_VERSION', 'YARN_VERSION'],
  python: ['PYTHON_VERSION', 'PYTHON_SHA256', 'GPG_KEY', ...LANG],
  pypy: ['PYPY_VERSION', ...LANG],
  ruby: [
    'RUBY_VERSION',
    'RUBY_DOWNLOAD_SHA256',
    'RUBY_DOWNLOAD_URL',
    'GEM_HOME',
    'BUNDLE_SILENCE_ROOT_WARNING',
    'BUNDLE_APP_CONFIG',
    ...LANG,
  ],
  rust: ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
  php: [
    'PHP_VERSION',
    'PHP_INI_DIR',
    'PHPIZE_DEPS',
    'PHP_URL',
    'PHP_ASC_URL',
    'PHP_SHA256',
    'PHP_CFLAGS',
    'PHP_CPPFLAGS',
    'PHP_LDFLAGS',
    'GPG_KEYS',
  ],
  openjdk: JAVA,
  'eclipse-temurin': JAVA,
  amazoncorretto: JAVA,
  maven: ['MAVEN_HOME', 'MAVEN_CONFIG', ...JAVA],
  gradle: ['GRADLE_HOME', 'GRADLE_VERSION', ...JAVA],
  nginx: ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'],
  httpd: ['HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_PATCHES'],
  postgres: ['PG_MAJOR', 'PG_VERSION', 'PGDATA', 'GOSU_VERSION', ...LANG],
  redis: ['REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA'],
  mysql: ['MYSQL_MAJOR', 'MYSQL_VERSION', 'MYSQL_SHELL_VERSION', 'GOSU_VERSION'],
  mariadb: ['MARIADB_VERSION', 'GOSU_VERSION', ...LANG],
  mongo: ['MONGO_MAJOR', 'MONGO_VERSION', 'GOSU_VERSION', 'JSYAML_VERSION', 'HOME'],
  elixir: ['ELIXIR_VERSION', ...LANG],
  erlang: ['OTP_VERSION', 'REBAR3_VERSION'],
};

/** Variables the base image of `stage` (followed through `FROM <earlier stage>`) is assumed to set. */
export function baseImageEnv(stage: StageModel | null): Set<string> {
  const out = new Set<string>(['PATH']);
  let root = stage;
  while (root?.parent) root = root.parent;
  const image = root?.image;
  if (!image || image.hasVariables) return out;
  if (image.registry !== null && image.registry !== 'docker.io' && image.registry !== 'index.docker.io')
    return out;
  const name = image.name.replace(/^library\//, '');
  for (const v of OFFICIAL_IMAGE_ENV[name] ?? []) out.add(v);
  return out;
}
