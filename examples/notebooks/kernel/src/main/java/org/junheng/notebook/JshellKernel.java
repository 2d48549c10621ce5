/*
 * Copyright 2026 the junheng authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in
 * compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is
 * distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and limitations under the License.
 */
package org.junheng.notebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.kernel.util.TextColor;

/**
 * A Java kernel for Jupyter: each cell is split into JShell snippets and run in this JVM, so that a cell
 * sees every class on the kernel's class path (the junheng jar among them) and can show rich output with
 * {@code display(value, mimeType)}. A cell fails, and with it {@code jupyter nbconvert --execute}, when a
 * snippet does not compile or throws.
 *
 * <p>Run by Jupyter as {@code java -cp ... org.junheng.notebook.JshellKernel CONNECTION_FILE}; the
 * environment variable {@code JUNHENG_CLASSPATH} adds jars to the cells' class path.
 */
public final class JshellKernel extends BaseKernel {
    private final JShell shell;

    private JshellKernel(String classPath) {
        super("junheng-java", "0.1.0", new LanguageInfo.Builder("java").version(Runtime.version().toString())
                        .mimetype("text/x-java-source").fileExtension(".jshell").pygments("java")
                        .codemirror("text/x-java").build(),
                List.of(), null, new JupyterIO(java.nio.charset.StandardCharsets.UTF_8), new CommManager(),
                new Renderer(), null, null, false, new StringStyler.Builder()
                        .addPrimaryStyle(TextColor.BOLD_RESET_FG).addSecondaryStyle(TextColor.BOLD_RED_FG)
                        .addHighlightStyle(TextColor.BOLD_RESET_FG).build());
        // "local": snippets run in this JVM, so display() reaches this kernel's output channel
        this.shell = JShell.builder().executionEngine("local").build();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
        evalRaw("void display(Object value, String mimeType) { org.junheng.notebook.JshellKernel.show(value, mimeType); }");
        evalRaw("void display(Object value) { org.junheng.notebook.JshellKernel.show(value, \"text/plain\"); }");
    }

    /**
     * Starts the kernel on the connection file Jupyter passes.
     *
     * @param args the connection file
     * @throws Exception when the connection file cannot be read or the sockets cannot be bound
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: JshellKernel CONNECTION_FILE");
        }
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        JupyterConnection connection = new JupyterConnection(properties);
        String extra = System.getenv("JUNHENG_CLASSPATH");
        JshellKernel kernel = new JshellKernel(System.getProperty("java.class.path")
                + (extra == null ? "" : java.io.File.pathSeparator + extra));
        kernel.onStartup();
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
    }

    /**
     * Shows {@code value} in the notebook as {@code mimeType} (for instance {@code "image/svg+xml"} or
     * {@code "text/html"}); called by the cells' {@code display} function.
     *
     * @param value the content; its {@code toString()} is sent
     * @param mimeType the MIME type of the content
     */
    public static void show(Object value, String mimeType) {
        DisplayData data = new DisplayData();
        data.putData(mimeType, String.valueOf(value));
        if (!"text/plain".equals(mimeType)) {
            data.putData("text/plain", "(" + mimeType + ")");
        }
        notebookKernel().display(data);
    }

    /** Runs every snippet of the cell in order; the value of a last expression is the cell's result. */
    @Override
    public Object evalRaw(String source) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = source;
        String result = null;
        while (!remaining.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (!info.completeness().isComplete()) {
                throw new IllegalArgumentException("incomplete code: " + remaining.strip());
            }
            remaining = info.remaining();
            result = null;
            for (SnippetEvent event : shell.eval(info.source())) {
                if (event.causeSnippet() != null) {
                    continue; // a dependent snippet updated by this one: not the cell's own result
                }
                check(event);
                Snippet.SubKind kind = event.snippet().subKind();
                if (kind.isExecutable() && kind.hasValue() && kind != Snippet.SubKind.VAR_DECLARATION_WITH_INITIALIZER_SUBKIND) {
                    result = event.value();
                }
            }
        }
        return result;
    }

    private void check(SnippetEvent event) {
        if (event.status() == Snippet.Status.REJECTED) {
            List<String> messages = new ArrayList<>();
            shell.diagnostics(event.snippet()).forEach(d -> messages.add(describe(event.snippet(), d)));
            throw new IllegalArgumentException("does not compile:\n" + String.join("\n", messages));
        }
        if (event.exception() instanceof EvalException e) {
            RuntimeException thrown = new RuntimeException(e.getExceptionClassName() + ": " + e.getMessage());
            thrown.setStackTrace(e.getStackTrace());
            throw thrown;
        }
        if (event.exception() instanceof UnresolvedReferenceException e) {
            throw new IllegalArgumentException("unresolved: " + shell.unresolvedDependencies(e.getSnippet())
                    .collect(Collectors.joining(", ")));
        }
        if (event.exception() != null) {
            throw new IllegalStateException(event.exception());
        }
    }

    private static String describe(Snippet snippet, Diag diag) {
        String source = snippet.source();
        int at = (int) Math.max(0, Math.min(diag.getStartPosition(), source.length()));
        int lineStart = source.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = source.indexOf('\n', at);
        String line = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
        return diag.getMessage(Locale.ROOT) + "\n    " + line.strip();
    }

    /** No inspection: the notebooks are run headless. */
    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    /** Completion candidates from JShell's source analysis. */
    @Override
    public ReplacementOptions complete(String code, int at) {
        int[] anchor = new int[1];
        List<String> names = shell.sourceCodeAnalysis().completionSuggestions(code, at, anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation).distinct().sorted().collect(Collectors.toList());
        return new ReplacementOptions(names, anchor[0], at);
    }

    /** Whether the code is a complete cell, by JShell's source analysis. */
    @Override
    public String isComplete(String code) {
        return shell.sourceCodeAnalysis().analyzeCompletion(code).completeness().isComplete()
                ? IS_COMPLETE_YES : IS_COMPLETE_MAYBE;
    }

    /** Closes the JShell state before the connection closes. */
    @Override
    public void onShutdown(boolean isRestarting) {
        super.onShutdown(isRestarting);
        shell.close();
    }
}
