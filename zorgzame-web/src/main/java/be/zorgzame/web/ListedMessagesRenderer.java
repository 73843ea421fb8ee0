package be.zorgzame.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces messages with list items that stay list items. PrimeFaces gives each message
 * {@code role="alert"}, which takes the item out of its list for assistive technology (axe: "list",
 * serious) on every page that confirms a step. The messages container is already a polite live region,
 * so the messages are still announced.
 */
public class ListedMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages component, FacesMessage message, String styleClassPrefix,
                                 boolean escape) throws IOException {
        String summary = message.getSummary() == null ? "" : message.getSummary();
        String detail = message.getDetail() == null ? summary : message.getDetail();
        if (component.isSkipDetailIfEqualsSummary() && summary.equals(detail)) {
            detail = "";
        }
        writer.startElement("li", null);
        if (component.isShowSummary()) {
            part(writer, styleClassPrefix + "-summary", summary, escape);
        }
        if (component.isShowDetail()) {
            part(writer, styleClassPrefix + "-detail", detail, escape);
        }
        writer.endElement("li");
    }

    private static void part(ResponseWriter writer, String styleClass, String text, boolean escape) throws IOException {
        writer.startElement("span", null);
        writer.writeAttribute("class", styleClass, null);
        if (escape) {
            writer.writeText(text, null);
        } else {
            writer.write(text);
        }
        writer.endElement("span");
    }
}
