// Starts `coinc lsp` (or the command in the `coin.server.command` setting) for .coin files.
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration("coin").get("server.command", ["coinc", "lsp"]);
  const server = { command, args, transport: TransportKind.stdio };
  client = new LanguageClient(
    "coin",
    "Coin language server",
    { run: server, debug: server },
    { documentSelector: [{ scheme: "file", language: "coin" }, { scheme: "untitled", language: "coin" }] },
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
