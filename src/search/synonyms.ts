/**
 * Words a reader uses for the same thing across the two vocabularies. A query word (or phrase) from a
 * group also searches for the others, in both locales: `camada` finds "layer" on the English site,
 * `VM` finds "máquina virtual". Phrases are written as the reader would type them; matching folds
 * accents and case.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['contêiner', 'container', 'conteiner'],
  ['contêineres', 'containers', 'conteineres'],
  ['vm', 'máquina virtual', 'virtual machine', 'máquinas virtuais', 'virtual machines'],
  ['camada', 'layer'],
  ['camadas', 'layers'],
  ['imagem', 'image'],
  ['imagens', 'images'],
  ['imagem base', 'base image'],
  ['registro', 'registry'],
  ['estágio', 'stage'],
  ['estágios', 'stages'],
  ['multi-stage', 'multiestágio', 'vários estágios'],
  ['volume', 'volumes'],
  ['rede', 'network', 'networking'],
  ['segredo', 'secret'],
  ['segredos', 'secrets'],
  ['usuário', 'user'],
  ['porta', 'port'],
  ['cache', 'cache de build', 'build cache'],
  ['orquestração', 'orchestration', 'orquestrador', 'orchestrator'],
  ['copy-on-write', 'cópia na escrita', 'cow'],
  ['tamanho', 'size'],
  ['grande', 'big', 'large'],
  ['pequena', 'small', 'smaller', 'menor'],
  ['sinal', 'signal'],
  ['sinais', 'signals'],
  ['processo', 'process'],
  ['raiz', 'root'],
  ['diferença', 'difference', 'vs', 'versus'],
];
