;;; test.el --- headless test of tactful with Eglot  -*- lexical-binding: t; -*-

;; Run (run.sh does this):
;;   TACTFUL_BIN=... TACTFUL_WORK=<tmp dir with decline.md> \
;;   emacs --batch -q -l editors/emacs/test/test.el
;; `-q', not `-Q': Debian's site-start puts the elpa-* packages (eglot,
;; markdown-mode) on the load path.
;;
;; Loads ../tactful-eglot.el as a user would, opens a flawed draft in
;; markdown-mode, waits for tactful's diagnostics in Flymake, lists the code
;; actions on "hey", applies "Replace “hey” with “Hi”" and checks the text
;; and the diagnostics afterwards.  Exits non-zero on failure.

(require 'cl-lib)
(require 'subr-x)

(defvar tactful-test-failures 0)

(defun tactful-test-say (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))

(defun tactful-test-check (ok what)
  (if ok
      (tactful-test-say "  ok: %s" what)
    (setq tactful-test-failures (1+ tactful-test-failures))
    (tactful-test-say "  FAIL: %s" what))
  ok)

(defun tactful-test-wait (pred seconds)
  "Process events until PRED is true or SECONDS pass; return PRED's value."
  (let ((until (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall pred))) (< (float-time) until))
      ;; Interactively this hook runs after every command; Eglot and
      ;; Flymake defer work to it.
      (run-hooks 'post-command-hook)
      (accept-process-output nil 0.05)
      (sit-for 0.05))
    value))

(defun tactful-test-diags ()
  "Flymake's diagnostics in the buffer, as (LINE TEXT) for tactful's."
  (cl-loop for d in (flymake-diagnostics)
           collect (list (line-number-at-pos (flymake-diagnostic-beg d))
                         (flymake-diagnostic-text d))))

(defun tactful-test-find (regexp)
  (cl-find-if (lambda (d) (string-match-p regexp (cadr d))) (tactful-test-diags)))

(defun tactful-test-finish ()
  (ignore-errors (eglot-shutdown-all))
  (if (zerop tactful-test-failures)
      (progn (tactful-test-say "emacs %s + eglot: passed" emacs-version)
             (kill-emacs 0))
    (tactful-test-say "emacs %s + eglot: %d check(s) failed" emacs-version tactful-test-failures)
    (kill-emacs 1)))

(defun tactful-test-main ()
  (let* ((bin (or (getenv "TACTFUL_BIN") (error "set TACTFUL_BIN")))
         (work (or (getenv "TACTFUL_WORK") (error "set TACTFUL_WORK")))
         (here (file-name-directory (or load-file-name buffer-file-name)))
         (hey "“hey” is casual"))
    ;; The snippet uses "tactful" from exec-path.
    (push (file-name-directory bin) exec-path)
    (setenv "PATH" (concat (file-name-directory bin) path-separator (getenv "PATH")))
    (require 'eglot)
    (require 'markdown-mode)
    (load (expand-file-name "../tactful-eglot.el" here) nil t)
    (setq eglot-sync-connect 10
          eglot-connect-timeout 30
          eglot-events-buffer-size 0)
    (tactful-test-say "emacs %s, eglot %s" emacs-version
                      (or (ignore-errors
                            (require 'lisp-mnt)
                            (with-temp-buffer
                              (insert-file-contents
                               (concat (file-name-sans-extension (locate-library "eglot")) ".el"))
                              (lm-version)))
                          "?"))

    (find-file (expand-file-name "decline.md" work))
    (tactful-test-check (eq major-mode 'markdown-mode) "decline.md opens in markdown-mode")
    ;; eglot-ensure connects from post-command-hook, which batch mode
    ;; never runs by itself.
    (run-hooks 'post-command-hook)
    (tactful-test-check (tactful-test-wait (lambda () (eglot-current-server)) 30)
                        "Eglot connected to tactful")
    (tactful-test-check (equal (ignore-errors (eglot--language-id (eglot-current-server))) "markdown")
                        "... with languageId \"markdown\"")
    (let ((got (tactful-test-wait (lambda () (tactful-test-find hey)) 30)))
      (tactful-test-say "  %d diagnostics in Flymake:" (length (tactful-test-diags)))
      (dolist (d (tactful-test-diags))
        (tactful-test-say "    line %d: %s" (car d) (cadr d)))
      (unless (tactful-test-check got "Flymake shows the casual-tone diagnostic on \"hey\"")
        (tactful-test-finish))
      (tactful-test-check (= (car got) 3) "... on line 3"))
    (tactful-test-check (tactful-test-find "\\[negativity\\]") "Flymake shows the negativity diagnostic")

    ;; Code actions on "hey" (line 3), with Flymake's diagnostics there.
    (goto-char (point-min))
    (forward-line 2)
    (let* ((beg (point))
           (end (+ beg 3))
           (actions (eglot-code-actions beg end "quickfix"))
           (titles (mapcar (lambda (a) (plist-get a :title)) actions))
           (fix (cl-find-if (lambda (a) (equal (plist-get a :title) "Replace “hey” with “Hi”"))
                            actions)))
      (tactful-test-say "  code actions: %s" (string-join titles " | "))
      (unless (tactful-test-check fix "the quick fix \"Replace “hey” with “Hi”\" is listed")
        (tactful-test-finish))
      (eglot--apply-workspace-edit (plist-get fix :edit)))
    (goto-char (point-min))
    (forward-line 2)
    (tactful-test-check (equal (buffer-substring-no-properties (point) (line-end-position)) "Hi,")
                        "line 3 reads \"Hi,\" after the fix")
    (tactful-test-check (tactful-test-wait (lambda () (not (tactful-test-find hey))) 20)
                        "the \"hey\" diagnostic went")
    (tactful-test-check (tactful-test-find "\\[negativity\\]") "the other diagnostics stayed")

    ;; Plain text: a .txt draft in text-mode.
    (let ((txt (expand-file-name "decline.txt" work)))
      (with-temp-file txt
        (insert "hey,\n\nI cant make the interview, something came up.\n"))
      (find-file txt)
      (tactful-test-check (eq major-mode 'text-mode) "decline.txt opens in text-mode")
      (run-hooks 'post-command-hook)
      (tactful-test-check (tactful-test-wait (lambda () (tactful-test-find "something came up")) 30)
                          "the plain-text draft gets tactful diagnostics")
      (tactful-test-check (equal (eglot--language-id (eglot-current-server)) "text")
                          "... sent with languageId \"text\""))
    (tactful-test-finish)))

(condition-case err
    (tactful-test-main)
  (error
   (tactful-test-say "  FAIL: %s" (error-message-string err))
   (setq tactful-test-failures (1+ tactful-test-failures))
   (tactful-test-finish)))
