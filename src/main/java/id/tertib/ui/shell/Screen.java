package id.tertib.ui.shell;

import javafx.scene.Node;

/** One area of the application shown in the main window (Pegawai, Unit Kerja, Pengaturan, ...). */
public interface Screen {

    Node view();

    /** Reloads data, e.g. after an import or when the screen is shown again. */
    void refresh();
}
