;;; test.el --- Emacs 28 + eglot 1.9 (Debian) against decision-lint-server -*- lexical-binding: t -*-
;; Opens a draft, waits for the server's diagnostics in flymake, applies the preferred quick fix and
;; waits for the finding to go.  Prints "PASS" or exits non-zero.
(require 'eglot)
(require 'flymake)
(setq debug-on-error nil)

(defconst test-server (or (getenv "DECISION_LINT_SERVER") (error "DECISION_LINT_SERVER is not set")))
(defconst test-draft (or (getenv "DECISION_LINT_DRAFT") (error "DECISION_LINT_DRAFT is not set")))
(defconst test-limit 15)

;; The mode's name gives eglot the language id the server documents: ombudsman-decision.
(define-derived-mode ombudsman-decision-mode text-mode "Decision")
(add-to-list 'eglot-server-programs `(ombudsman-decision-mode . ("node" ,test-server "--stdio")))

(defun test-fail (format-string &rest args)
  (princ (concat "FAIL: " (apply #'format format-string args) "\n") #'external-debugging-output)
  (kill-emacs 1))

(defun test-wait (what predicate)
  "Process the server's messages until PREDICATE holds, failing after `test-limit' seconds."
  (let ((deadline (+ (float-time) test-limit)))
    (while (not (funcall predicate))
      (when (> (float-time) deadline) (test-fail "timed out waiting for %s" what))
      (accept-process-output nil 0.05))))

(defun test-codes ()
  (sort (mapcar (lambda (d)
                  (let ((lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))))
                    (format "%s %s" (plist-get lsp :source) (plist-get lsp :code))))
                (flymake-diagnostics))
        #'string<))

(condition-case err
    (progn
      (find-file test-draft)
      (ombudsman-decision-mode)
      (apply #'eglot (eglot--guess-contact))
      (test-wait "eglot to manage the buffer" (lambda () (eglot-current-server)))
      ;; Batch Emacs never runs flymake's idle timers: start it by hand so that it takes reports.
      (flymake-start)
      (test-wait "diagnostics" (lambda () (flymake-diagnostics)))
      (let ((before (test-codes)))
        (unless (equal before '("decision-lint front-matter-date"))
          (test-fail "unexpected diagnostics: %S" before))
        (let* ((diag (car (flymake-diagnostics)))
               (actions (eglot-code-actions (flymake-diagnostic-beg diag) (flymake-diagnostic-end diag) "quickfix"))
               (fix (seq-find (lambda (a) (eq (plist-get a :isPreferred) t)) actions)))
          (unless fix (test-fail "no preferred quick fix among %S" (mapcar (lambda (a) (plist-get a :title)) actions)))
          (eglot--apply-workspace-edit (plist-get fix :edit))
          ;; Eglot sends changes from an idle timer, and batch Emacs is never idle.
          (eglot--signal-textDocument/didChange)
          (test-wait "the finding to go" (lambda () (null (flymake-diagnostics))))
          (goto-char (point-min))
          (forward-line 6)
          (let ((line (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
            (unless (equal line "Decision date : 14 Mar 2024") (test-fail "the fixed line reads %S" line)))
          (princ (format "PASS %s fixed by %S\n" (car before) (plist-get fix :title)))))
      (let ((eglot-autoshutdown t)) (eglot-shutdown (eglot-current-server)))
      (kill-emacs 0))
  (error (test-fail "%s" (error-message-string err))))
