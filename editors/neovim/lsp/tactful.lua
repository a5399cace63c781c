-- tactful: a writing coach for messages that decline a job interview.
-- Neovim 0.11+: put this directory on 'runtimepath' (or copy this file to
-- ~/.config/nvim/lsp/tactful.lua), then call vim.lsp.enable('tactful').
--
-- Override anything with vim.lsp.config('tactful', { ... }), e.g.
--   vim.lsp.config('tactful', {
--     cmd = { '/path/to/tactful', 'lsp' },
--     settings = { tactful = { medium = 'email', rules = { ['casual-tone'] = 'off' } } },
--   })
--
---@type vim.lsp.Config
return {
  cmd = { 'tactful', 'lsp' },
  -- Neovim sends the filetype as the languageId; tactful reads
  -- `markdown`, and `text` (or `plaintext`) for plain text.
  filetypes = { 'markdown', 'text' },
  -- A folder with tactful.toml is a project; without one, tactful runs on
  -- the single file.
  root_markers = { 'tactful.toml', '.git' },
  -- Neovim 0.10+ pulls diagnostics (textDocument/diagnostic) and would
  -- also show pushed ones twice: ask tactful to answer pulls only.
  init_options = { diagnosticMode = 'pull' },
  -- Settings: the `tactful` keys of tactful.toml (medium, length, rules,
  -- profile, phrases), e.g. settings = { tactful = { medium = 'email' } }.
  -- They override tactful.toml. (Leave the table out rather than empty:
  -- an empty Lua table is sent as a JSON array.)
}
