package io.strongroom.interfaces.console;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends {@code /console} and {@code /console/} to the keys list. The Faces servlet owns the
 * {@code /console/*} prefix, which the container prefers over welcome files, so the console's
 * entry URL needs these exact mappings of its own.
 */
@WebServlet(name = "ConsoleHome", urlPatterns = {"/console", "/console/"})
public class ConsoleHome extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/console/keys.xhtml");
    }
}
