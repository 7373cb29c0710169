package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strongroom.client.KmsException;
import jakarta.faces.application.FacesMessage;
import org.junit.jupiter.api.Test;

class ConsoleMessagesTest {

    @Test
    void kmsErrorsShowTheAwsCodeAndTheServiceMessage() {
        FacesMessage message = ConsoleMessages.toMessage(KmsException.notFound("alias/missing"));

        assertEquals(FacesMessage.SEVERITY_ERROR, message.getSeverity());
        assertEquals("NotFoundException", message.getSummary());
        assertEquals("Key 'alias/missing' does not exist", message.getDetail());
    }
}
