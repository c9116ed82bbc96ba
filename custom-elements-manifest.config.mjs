// The custom-elements manifest (custom-elements.json): what editors, Storybook and docs tools
// read to know Waymark's elements, attributes, properties, events, parts and CSS properties.
// Generated from the class comments (@fires, @csspart, @cssprop, @slot): `npx cem analyze`.

/** Waymark registers tags with `define('waymark-x', Class)` (src/platform/define.ts), not `customElements.define`. */
function waymarkDefine() {
  const tags = new Map(); // class name → { tag, module }
  return {
    name: 'waymark-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'define') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag) || !ts.isIdentifier(cls)) return;
      tags.set(cls.getText(), { tag: tag.text, module: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) {
          const found = decl.kind === 'class' ? tags.get(decl.name) : undefined;
          if (!found) continue;
          decl.customElement = true;
          decl.tagName = found.tag;
          const definer = modules.find((m) => m.path === found.module);
          definer?.exports?.push({ kind: 'custom-element-definition', name: found.tag, declaration: { name: decl.name, module: mod.path } });
        }
      }
    },
  };
}

/** Lit internals, controllers and private state are not part of the public API. */
function publicOnly() {
  return {
    name: 'waymark-public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.members) continue;
          decl.members = decl.members.filter((m) => (!m.privacy || m.privacy === 'public') && !m.name.startsWith('_') && !m.static);
        }
      }
    },
  };
}

export default {
  // The elements, and the base class whose attributes, events, parts and tokens they all inherit.
  globs: ['src/elements/**/*.ts', 'src/platform/waymark-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [waymarkDefine(), publicOnly()],
};
