/**
 * Type names that tie code to a host (Excel.Range, Office.AsyncResult, HTMLElement, KeyboardEvent…).
 * ESLint's no-restricted-globals skips type positions on purpose; a layer that must not depend on a
 * host must not name its types either. A name declared or imported in the file is the file's own.
 */
module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid type references to the named globals (Office.js, DOM) unless declared locally.' },
    schema: [
      {
        type: 'object',
        properties: { names: { type: 'array', items: { type: 'string' } }, message: { type: 'string' } },
        required: ['names', 'message'],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { names, message } = context.options[0];
    const restricted = new Set(names);
    const declared = (node, name) => {
      for (let scope = context.sourceCode.getScope(node); scope; scope = scope.upper) {
        const variable = scope.set.get(name);
        if (variable && variable.defs.length > 0) return true;
      }
      return false;
    };
    const check = (node, name) => {
      let id = name;
      while (id.type === 'TSQualifiedName' || id.type === 'MemberExpression') id = id.type === 'TSQualifiedName' ? id.left : id.object;
      if (id.type === 'Identifier' && restricted.has(id.name) && !declared(node, id.name)) context.report({ node: id, message: `'${id.name}': ${message}` });
    };
    return {
      TSTypeReference: (node) => check(node, node.typeName),
      TSTypeQuery: (node) => check(node, node.exprName),
      TSClassImplements: (node) => check(node, node.expression),
      TSInterfaceHeritage: (node) => check(node, node.expression),
    };
  },
};
