;;; tactful-eglot.el --- tactful with Eglot  -*- lexical-binding: t; -*-

;; tactful: a writing coach for messages that decline a job interview.
;; Copy this into your init file (or `load' it).  It needs Eglot (built in
;; from Emacs 29; `elpa-eglot' or M-x package-install eglot on Emacs 28)
;; and the `tactful' binary on `exec-path'.

(with-eval-after-load 'eglot
  ;; tactful reads the languageIds `markdown' and `text'.  Two entries, so
  ;; that Eglot versions with one languageId per server (before 1.16, such
  ;; as Debian 12's 1.9) send the right one; the Markdown entry goes first
  ;; (add-to-list prepends) because markdown-mode derives from text-mode.
  (add-to-list 'eglot-server-programs '(text-mode . ("tactful" "lsp")))
  (add-to-list 'eglot-server-programs
               '(((markdown-mode :language-id "markdown")
                  (gfm-mode :language-id "markdown"))
                 . ("tactful" "lsp"))))

;; Start tactful in Markdown buffers and in plain `text-mode' ones, not in
;; every mode derived from text-mode (Org, commit messages...).  Markdown
;; modes derive from text-mode, so this one hook serves them all.
(defun tactful-eglot-maybe-ensure ()
  "Start Eglot with tactful in Markdown and plain-text buffers."
  (when (memq major-mode '(markdown-mode gfm-mode text-mode))
    (eglot-ensure)))
(add-hook 'text-mode-hook #'tactful-eglot-maybe-ensure)

;; Settings: the `tactful' keys of tactful.toml (medium, length, rules,
;; profile, phrases), sent as workspace configuration; e.g. in
;; .dir-locals.el:
;;   ((nil . ((eglot-workspace-configuration
;;             . (:tactful (:medium "email" :rules (:casual-tone "off")))))))

;;; tactful-eglot.el ends here
