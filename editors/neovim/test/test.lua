-- Headless end-to-end test of tactful in Neovim (0.7 and 0.11+):
--   open a flawed draft -> tactful's diagnostics (vim.diagnostic.get) ->
--   request code actions on "hey" -> apply "Replace “hey” with “Hi”" ->
--   the buffer reads "Hi," and that diagnostic goes; then a plain-text
--   draft (.txt, filetype text) gets diagnostics too; then (0.11+) a
--   sentence typed with completion opening as you type lands as typed.
--
-- Run (run.sh does this):
--   TACTFUL_BIN=... TACTFUL_NVIM_DIR=editors/neovim TACTFUL_WORK=<tmp dir> \
--   nvim --headless -u NONE -i NONE -c 'luafile editors/neovim/test/test.lua'
-- On 0.11+ it loads lsp/tactful.lua with vim.lsp.enable('tactful'); on
-- older versions it starts the client by hand (vim.lsp.start_client, the
-- API Neovim 0.7 has). Results go to stdout; it exits non-zero on failure.

local bin = assert(os.getenv('TACTFUL_BIN'), 'set TACTFUL_BIN')
local nvim_dir = assert(os.getenv('TACTFUL_NVIM_DIR'), 'set TACTFUL_NVIM_DIR')
local work = assert(os.getenv('TACTFUL_WORK'), 'set TACTFUL_WORK')

local v = vim.version()
local version = ('%d.%d.%d'):format(v.major, v.minor, v.patch)
local failures = 0
local function say(msg)
  io.stdout:write(msg .. '\n')
  io.stdout:flush()
end
local function check(ok, what)
  if ok then
    say('  ok: ' .. what)
  else
    failures = failures + 1
    say('  FAIL: ' .. what)
  end
  return ok
end
local function finish()
  vim.lsp.stop_client((vim.lsp.get_clients or vim.lsp.get_active_clients)())
  if failures == 0 then
    say('neovim ' .. version .. ': passed')
    vim.cmd('qall!')
  else
    say('neovim ' .. version .. ': ' .. failures .. ' check(s) failed')
    vim.cmd('cquit 1')
  end
end

local type_with_completion

local function main()
  local modern = vim.fn.has('nvim-0.11') == 1
  vim.cmd('filetype on')
  say(('neovim %s, %s'):format(version, modern and "vim.lsp.enable('tactful') with lsp/tactful.lua" or 'vim.lsp.start_client'))

  -- Keep the LSP diagnostics as the server sent them (with their data).
  local raw = {}
  local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    if result then
      raw[result.uri] = result.diagnostics
    end
    return publish(err, result, ctx, config)
  end

  local client_id
  if modern then
    vim.opt.runtimepath:prepend(nvim_dir)
    vim.lsp.config('tactful', { cmd = { bin, 'lsp' } })
    vim.lsp.enable('tactful')
  else
    client_id = vim.lsp.start_client({
      name = 'tactful',
      cmd = { bin, 'lsp' },
      root_dir = work,
    })
    vim.api.nvim_create_autocmd('FileType', {
      pattern = { 'markdown', 'text' },
      callback = function(args)
        vim.lsp.buf_attach_client(args.buf, client_id)
      end,
    })
  end

  local function tactful_diagnostics(bufnr)
    local out = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.source == 'tactful' then
        table.insert(out, d)
      end
    end
    return out
  end

  local function find(diags, pattern)
    for _, d in ipairs(diags) do
      if d.message:find(pattern) then
        return d
      end
    end
  end

  local function code(d)
    return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  end

  -- Matched by rule id: the wording of a message may change, the id may not.
  local function with_code(diags, id)
    for _, d in ipairs(diags) do
      if code(d) == id then
        return d
      end
    end
  end

  -- 1. The Markdown draft.
  vim.cmd('edit ' .. vim.fn.fnameescape(work .. '/decline.md'))
  local buf = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(buf)
  check(vim.bo[buf].filetype == 'markdown', 'decline.md has filetype markdown')
  local hey = '“hey” is casual'
  local got = vim.wait(20000, function()
    return find(tactful_diagnostics(buf), hey) ~= nil
  end, 50)
  local diags = tactful_diagnostics(buf)
  say(('  %d tactful diagnostics:'):format(#diags))
  for _, d in ipairs(diags) do
    say(('    %d:%d %s: %s'):format(d.lnum + 1, d.col + 1, tostring(code(d)), d.message))
  end
  if not check(got, 'the casual-tone diagnostic on "hey" arrived') then
    return finish()
  end
  local d = find(diags, hey)
  local count = 0
  for _, x in ipairs(diags) do
    if x.message:find(hey) then
      count = count + 1
    end
  end
  check(count == 1, 'it is shown once, not pushed and pulled both (' .. count .. ')')
  check(d.lnum == 2 and d.col == 0, '... at line 3, column 1')
  check(code(d) == 'casual-tone', '... with code casual-tone')
  check(with_code(diags, 'negativity') ~= nil, 'the negativity diagnostic arrived')

  -- 2. Code actions on "hey", with the diagnostics as the server sent them.
  vim.api.nvim_win_set_cursor(0, { 3, 0 })
  -- Pushed (0.7) diagnostics come from the handler above; pulled ones
  -- (0.10+) keep the LSP diagnostic in user_data.lsp.
  local lsp_diags = {}
  for _, ld in ipairs(raw[uri] or {}) do
    if ld.range.start.line == 2 then
      table.insert(lsp_diags, ld)
    end
  end
  if #lsp_diags == 0 then
    for _, x in ipairs(tactful_diagnostics(buf)) do
      local ld = x.user_data and x.user_data.lsp
      if x.lnum == 2 and ld and ld.range then
        table.insert(lsp_diags, ld)
      end
    end
  end
  local params = {
    textDocument = { uri = uri },
    range = { start = { line = 2, character = 0 }, ['end'] = { line = 2, character = 3 } },
    context = { diagnostics = lsp_diags, only = { 'quickfix' } },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}
  local titles, fix = {}, nil
  for _, r in pairs(responses) do
    for _, action in ipairs(r.result or {}) do
      table.insert(titles, action.title)
      if action.title == 'Replace “hey” with “Hi”' then
        fix = action
      end
    end
  end
  say('  code actions: ' .. table.concat(titles, ' | '))
  if not check(fix ~= nil and fix.edit ~= nil, 'the quick fix "Replace “hey” with “Hi”" is offered') then
    return finish()
  end

  -- 3. Apply it the way a user does: vim.lsp.buf.code_action() on the
  -- cursor's line, the choice made in vim.ui.select (stubbed to pick the fix).
  local offered = {}
  vim.ui.select = function(items, opts, on_choice)
    for i, item in ipairs(items) do
      -- 0.7: { client_id, action }; 0.8+: { action = ..., ctx = ... }
      local action = item.action or item[2]
      table.insert(offered, action.title)
      if action.title == 'Replace “hey” with “Hi”' then
        return on_choice(item, i)
      end
    end
    on_choice(nil, nil)
  end
  vim.lsp.buf.code_action()
  local changed = vim.wait(10000, function()
    return vim.api.nvim_buf_get_lines(buf, 2, 3, false)[1] == 'Hi,'
  end, 50)
  say('  the code action menu offered: ' .. table.concat(offered, ' | '))
  check(changed, 'vim.lsp.buf.code_action applied the fix')
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  check(lines[3] == 'Hi,', 'line 3 reads "Hi," (it reads "' .. tostring(lines[3]) .. '")')
  check(lines[1] == 'Subject: Interview' and lines[9] == 'Cheers', 'the rest of the buffer is untouched')
  local gone = vim.wait(10000, function()
    return find(tactful_diagnostics(buf), hey) == nil
  end, 50)
  check(gone, 'the "hey" diagnostic went after the fix')
  check(with_code(tactful_diagnostics(buf), 'negativity') ~= nil, 'the other diagnostics stayed')

  -- 4. Plain text: a .txt draft (filetype text) is checked too.
  local txt = work .. '/decline.txt'
  local f = assert(io.open(txt, 'w'))
  f:write('hey,\n\nI cant make the interview, something came up.\n')
  f:close()
  vim.cmd('edit ' .. vim.fn.fnameescape(txt))
  local tbuf = vim.api.nvim_get_current_buf()
  check(vim.bo[tbuf].filetype == 'text', 'decline.txt has filetype text')
  local tgot = vim.wait(20000, function()
    return #tactful_diagnostics(tbuf) > 0
  end, 50)
  check(tgot, 'the plain-text draft got tactful diagnostics (' .. #tactful_diagnostics(tbuf) .. ')')

  -- 5. (0.11+) Typing with completion opening as you type.
  if modern then
    type_with_completion()
  end

  finish()
end

-- Types a sentence into a copy of the flawed draft, key by key, with
-- vim.lsp.completion asking tactful as the user types, twice:
--   a. on every key (the recipe of :help lsp-autocompletion: every
--      printable character a trigger character), with the completeopt that
--      help advises for it (menuone,noselect,popup);
--   b. after every letter, as completion plugins do (triggerKind Invoked),
--      with Neovim's default completeopt, which inserts the first
--      suggestion at once.
-- The buffer must hold exactly what was typed; tactful must offer nothing
-- while a word is being typed. (Before tactful held back, b. turned the
-- line into "I would be glad to stay in touch about future If it helps,
-- ... Kind Kind regards, ...".)
function type_with_completion()
  local typed = 'Dear Ms Smith, thank you for the call. I wish you well.'
  local source = assert(io.open(nvim_dir .. '/test/decline.md')):read('*a')
  local record
  local wrapped = {}
  for run, how in ipairs({ 'every key, noselect', 'every letter, default completeopt' }) do
    local file = ('%s/typing-%d.md'):format(work, run)
    local f = assert(io.open(file, 'w'))
    f:write(source)
    f:close()
    vim.cmd('edit ' .. vim.fn.fnameescape(file))
    local buf = vim.api.nvim_get_current_buf()
    local client
    vim.wait(20000, function()
      client = (vim.lsp.get_clients({ bufnr = buf, name = 'tactful' }))[1]
      return client ~= nil and client.initialized
    end, 50)
    if not check(client ~= nil, ('%s: tactful is attached'):format(how)) then
      return
    end
    local original = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
    record = { buf = buf, asked = 0, inside_word = 0, at_sentence_start = 0 }
    -- Watch what tactful answers, and where the cursor was when asked.
    if not wrapped[client.id] then
      wrapped[client.id] = true
      local request = client.request
      client.request = function(self, method, params, handler, ...)
        if method == 'textDocument/completion' then
          local r = record
          local row = params.position.line
          local line = vim.api.nvim_buf_get_lines(r.buf, row, row + 1, false)[1] or ''
          local before = line:sub(1, params.position.character)
          r.asked = r.asked + 1
          local inner = handler
          handler = function(err, result, ...)
            local items = result and (result.items or result) or {}
            if #items > 0 and before:match('%S$') then
              r.inside_word = r.inside_word + 1
            elseif #items > 0 and before:match('[.!?]%s+$') then
              r.at_sentence_start = r.at_sentence_start + 1
            end
            return inner(err, result, ...)
          end
        end
        return request(self, method, params, handler, ...)
      end
    end
    if run == 1 then
      vim.o.completeopt = 'menuone,noselect,popup'
      local chars = {}
      for i = 32, 126 do
        table.insert(chars, string.char(i))
      end
      client.server_capabilities.completionProvider.triggerCharacters = chars
      vim.lsp.completion.enable(true, client.id, buf, { autotrigger = true })
    else
      vim.o.completeopt = 'menu,popup' -- Neovim 0.11's default
      vim.lsp.completion.enable(true, client.id, buf, { autotrigger = false })
      vim.api.nvim_create_autocmd('InsertCharPre', {
        buffer = buf,
        callback = function()
          if vim.v.char:match('%w') then
            vim.schedule(vim.lsp.completion.get)
          end
        end,
      })
    end
    vim.o.showmode = false -- no "-- INSERT --" or "match 1 of 8" on stdout
    vim.opt.shortmess:append('c')
    -- Keys arrive from a timer while Insert mode waits for them, as typed.
    local keys = {}
    for c in typed:gmatch('.') do
      table.insert(keys, c == ' ' and '<Space>' or c)
    end
    table.insert(keys, '<Esc>')
    local i = 0
    local timer = assert(vim.uv.new_timer())
    timer:start(300, 200, vim.schedule_wrap(function()
      i = i + 1
      if i == #keys then
        timer:stop()
        timer:close()
      end
      vim.api.nvim_input(keys[i])
    end))
    vim.cmd('normal! G')
    vim.api.nvim_feedkeys('o', 'ntx!', false) -- returns at <Esc>
    local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
    local want = vim.list_extend(vim.deepcopy(original), { typed })
    say(('  %s: %d completion requests, %d answered with items inside a word, %d at a sentence start'):format(
      how, record.asked, record.inside_word, record.at_sentence_start))
    check(record.asked > 0, how .. ': completion was asked as the user typed')
    check(record.inside_word == 0, how .. ': tactful offered nothing inside a word')
    check(lines[#lines] == typed, ('%s: the new line reads exactly what was typed ("%s")'):format(how, lines[#lines]))
    check(vim.deep_equal(lines, want), how .. ': the rest of the buffer is untouched')
  end
end

-- An error anywhere fails the test at once rather than leaving Neovim up.
local ok, err = xpcall(main, debug.traceback)
if not ok then
  say('  FAIL: ' .. tostring(err))
  failures = failures + 1
  finish()
end
