// Adds the site's own MDX components to the classic theme's map (swizzled by wrapping, not ejecting).
import DockerfileExample from '@site/src/components/DockerfileExample';
import RulesForInstruction from '@site/src/components/RulesForInstruction';
import MDXComponents from '@theme-original/MDXComponents';

export default {
  ...MDXComponents,
  DockerfileExample,
  RulesForInstruction,
};
