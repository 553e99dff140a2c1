/**
 * What Camadas assumes about a base image's own ENV (UndefinedVar). BuildKit reads the real image
 * configuration from the registry; a static linter cannot, so:
 * - every image (even `scratch`) is assumed to set `PATH`, as BuildKit does for images without one;
 * - a few popular official images are known to set more (`GOPATH` in `golang`, `JAVA_HOME` in
 *   `eclipse-temurin`…), listed below from their published Dockerfiles;
 * - the ENV of any other base image is unknown: UndefinedVar reports nothing in stages built on it.
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
  tomcat: [
    'CATALINA_HOME',
    'TOMCAT_NATIVE_LIBDIR',
    'LD_LIBRARY_PATH',
    'TOMCAT_MAJOR',
    'TOMCAT_VERSION',
    'TOMCAT_SHA512',
    'GPG_KEYS',
    ...JAVA,
  ],
  docker: ['DOCKER_VERSION', 'DOCKER_BUILDX_VERSION', 'DOCKER_COMPOSE_VERSION', 'DOCKER_TLS_CERTDIR'],
  haproxy: ['HAPROXY_VERSION', 'HAPROXY_URL', 'HAPROXY_SHA256'],
  memcached: ['MEMCACHED_VERSION', 'MEMCACHED_SHA1'],
  rabbitmq: ['RABBITMQ_DATA_DIR', 'RABBITMQ_VERSION', 'RABBITMQ_HOME', 'RABBITMQ_LOGS', 'HOME', ...LANG],
  // base OS images: their configuration sets PATH only
  scratch: [],
  alpine: [],
  busybox: [],
  debian: [],
  ubuntu: [],
  fedora: ['DISTTAG', 'FGC', 'container'],
  rockylinux: [],
  almalinux: [],
  oraclelinux: [],
  amazonlinux: [],
  archlinux: [],
  'buildpack-deps': [],
};

/**
 * Every variable the base image of `stage` (followed through `FROM <earlier stage>`) sets, when the
 * engine knows them: `scratch` or an image of the table above (whatever its tag, even one written with
 * ARGs such as `golang:${GO_VERSION}-alpine`). `null` when the base image is unknown: its ENV may define
 * anything, so nothing can be called certainly undefined.
 */
export function knownBaseImageEnv(stage: StageModel | null): Set<string> | null {
  let root = stage;
  while (root?.parent) root = root.parent;
  const image = root?.image;
  if (!image) return null;
  if (image.registry !== null && image.registry !== 'docker.io' && image.registry !== 'index.docker.io')
    return null;
  if (image.name.includes('$')) return null;
  const name = image.name.toLowerCase().replace(/^library\//, '');
  // Own keys only: an image named `constructor` is not in the table.
  if (!Object.hasOwn(OFFICIAL_IMAGE_ENV, name)) return null;
  const vars = OFFICIAL_IMAGE_ENV[name];
  return new Set(['PATH', ...vars]);
}
