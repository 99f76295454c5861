package org.glose.ui;

/** Temporary: replaced by the JavaFX application. */
public final class GloseApp {
    private GloseApp() {
    }

    public static void main(String[] args) {
    }
}
